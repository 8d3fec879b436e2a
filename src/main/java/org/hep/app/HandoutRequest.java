package org.hep.app;

import org.hep.dose.DoseOverrides;
import org.hep.model.HandoutDetails;
import org.hep.model.PageSize;

/**
 * Everything one handout needs besides the plan source: the same record for
 * {@code hep generate} and for each row of {@code hep batch}.
 *
 * @param template a template name or path, or null for the plan's own or "standard"
 * @param pageSize null to keep the template's
 * @param setup    the clinic's configured templates and details
 */
public record HandoutRequest(String template, PageSize pageSize, HandoutDetails details, DoseOverrides overrides,
                             ClinicSetup setup) {
    public HandoutRequest(String template, PageSize pageSize, HandoutDetails details, DoseOverrides overrides) {
        this(template, pageSize, details, overrides, ClinicSetup.NONE);
    }
}
