package org.hep.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What one in-process run of {@code hep} left for its user: exit code, stdout bytes and stderr. */
public record CliRun(int exit, byte[] out, String err) {

    public String stdout() {
        return new String(out, StandardCharsets.UTF_8);
    }

    public List<String> errLines() {
        return err.lines().toList();
    }
}
