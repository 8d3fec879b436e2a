package org.hep.app;

import java.nio.file.Path;
import java.util.List;
import org.hep.model.Clinic;
import org.hep.model.Origin;

/**
 * What a clinic configured once (hep.yaml, the user's config, HEP_… variables) that shapes
 * every handout: where its templates are, which one is the default, and its details.
 *
 * @param templateFolders searched for a template name, before the built-in templates
 * @param defaultTemplate used when neither the option nor the plan names one; null for "standard"
 * @param clinic          laid over the template's clinic details, field by field
 * @param templateAt      where a configuration file named the default template; null when none did
 * @param phoneAt         where a configuration file set the clinic's phone; null when none did
 */
public record ClinicSetup(List<Path> templateFolders, String defaultTemplate, Clinic clinic, Origin templateAt,
                          Origin phoneAt) {
    public static final ClinicSetup NONE = new ClinicSetup(List.of(), null, Clinic.NONE, null, null);

    public ClinicSetup {
        templateFolders = List.copyOf(templateFolders);
    }
}
