package org.hep.cli;

import java.util.Locale;
import org.hep.i18n.Labels;
import picocli.CommandLine.Option;

/** {@code --language en|fr|es}: print a plan or exercise in one of the languages hep has labels for. */
public final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|fr|es",
            description = "Print in this language (default: the plan's own); a plan needs a translation into it.")
    String language;

    /** The language code, or null for the plan's own. */
    public String language() {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!Labels.LANGUAGES.contains(code)) {
            throw new UsageException("--language: must be " + String.join(", ", Labels.LANGUAGES.subList(0,
                    Labels.LANGUAGES.size() - 1)) + " or " + Labels.LANGUAGES.get(Labels.LANGUAGES.size() - 1)
                    + ", found '" + Cli.oneLine(language) + "'");
        }
        return code;
    }
}
