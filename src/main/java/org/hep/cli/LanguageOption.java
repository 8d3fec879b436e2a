package org.hep.cli;

import java.util.Locale;
import org.hep.model.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --language en|fr|es}: print a plan or exercise in one of the languages hep has labels for. */
public final class LanguageOption {
    @Option(names = "--language", paramLabel = "en|fr|es",
            description = "Print in this language (default: the plan's own); a plan needs a translation into it.")
    String language;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The root command when the options were read without picocli ({@link QuickGenerate}). */
    HepCommand root;

    /** The option, else the configured language (hep.yaml, HEP_LANGUAGE …), else null for the plan's own. */
    public Language language() {
        if (language != null) {
            return checked(language, "--language");
        }
        Settings.Value<String> configured = (root != null ? root : HepCommand.of(command)).settings().configuredLanguage();
        return configured == null ? null : checked(configured.value(), "language (from " + configured.source() + ")");
    }

    /**
     * Runs {@code work}, which reads a plan or exercise in {@link #language()}. A translation it
     * lacks is blamed on where that language was asked for: "--language" on the command line,
     * else the configuration that set it ("language (from HEP_LANGUAGE): …"), never an option
     * the user did not type.
     */
    <T> T translating(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.hep.diag.RequestException e) {
            Settings.Value<String> configured = language != null ? null
                    : (root != null ? root : HepCommand.of(command)).settings().configuredLanguage();
            if (e.subject() != org.hep.diag.RequestException.Subject.LANGUAGE || configured == null) {
                throw e;
            }
            throw new UsageException("language (from " + configured.source() + "): " + e.getMessage());
        }
    }

    static Language checked(String value, String what) {
        String code = value.strip().toLowerCase(Locale.ROOT);
        // A region is fine ("es-MX"), as in a plan's 'language' and in hep.yaml.
        if (!code.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*") || Language.forTag(code) == null) {
            throw new UsageException(what + ": must be " + String.join(", ", Language.tags().subList(0,
                    Language.tags().size() - 1)) + " or " + Language.tags().get(Language.tags().size() - 1)
                    + ", found '" + Cli.oneLine(value) + "'");
        }
        return Language.forTag(code);
    }
}
