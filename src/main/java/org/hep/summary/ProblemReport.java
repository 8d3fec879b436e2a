package org.hep.summary;

import java.util.List;
import org.hep.diag.Problem;

/** The JSON report of {@code hep validate --format json}, for editors and CI. */
public final class ProblemReport {
    private ProblemReport() {
    }

    /**
     * {"files": N, "problems": [{file, line, column, message}], "warnings": [same]}; line and
     * column are null when unknown. Warnings do not make a file invalid.
     */
    public static byte[] json(int files, List<Problem> problems, List<Problem> warnings) {
        return JsonSummary.write(g -> {
            g.writeStartObject();
            g.writeNumberField("files", files);
            list(g, "problems", problems);
            list(g, "warnings", warnings);
            g.writeEndObject();
        });
    }

    private static void list(com.fasterxml.jackson.core.JsonGenerator g, String name, List<Problem> problems)
            throws java.io.IOException {
        g.writeArrayFieldStart(name);
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            JsonSummary.number(g, "line", p.line() > 0 ? p.line() : null);
            JsonSummary.number(g, "column", p.line() > 0 ? p.column() : null);
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
