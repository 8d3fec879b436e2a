package org.hep.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One configuration file ({@code hep.yaml} or the user's {@code config.yaml}) after checking:
 * paths are absolute (they were relative to the file), anything not set is null or empty.
 *
 * @param source   the file, as messages and {@code hep config} name it
 * @param library  extra exercise folders
 * @param templates folders searched for a template name
 * @param template the default template: a name, or an absolute path
 * @param clinic   clinic details laid over the template's; fields may be null
 * @param templateAt where the default template was named; null when it was not
 * @param phoneAt  where the clinic's phone was written; null when it was not
 */
public record ConfigFile(String source, List<Path> library, List<Path> templates, String template,
                         PageSize pageSize, String language, Clinic clinic, Origin templateAt,
                         Origin phoneAt) {
    public ConfigFile {
        library = List.copyOf(library);
        templates = List.copyOf(templates);
    }
}
