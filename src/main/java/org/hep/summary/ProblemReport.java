package org.hep.summary;

import java.util.List;
import org.hep.diag.Problem;

/** The JSON report of {@code hep validate --format json}, for editors and CI. */
public final class ProblemReport {
    private ProblemReport() {
    }

    /** {"files": N, "problems": [{file, line, column, message}]}; line and column are null when unknown. */
    public static byte[] json(int files, List<Problem> problems) {
        return JsonSummary.write(g -> {
            g.writeStartObject();
            g.writeNumberField("files", files);
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                JsonSummary.number(g, "line", p.line() > 0 ? p.line() : null);
                JsonSummary.number(g, "column", p.line() > 0 ? p.column() : null);
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
