package org.hep.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hep.model.Language;

/**
 * Printed words ("Sets", "Page 2 of 3", "each side") in the plan's language, from
 * {@code labels*.properties}, one file per {@link Language}; a plan in any other language is
 * refused at load, and output never depends on the machine's locale.
 */
public final class Labels {
    private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.hep.i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels forLanguage(Language language) {
        return CACHE.computeIfAbsent(language, l -> new Labels(l == Language.EN ? Locale.ROOT : l.locale()));
    }

    /** The label's pattern with its {0} placeholders, for words filled in later (page numbers). */
    public String pattern(String key) {
        return get(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing label " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale).format(args);
    }
}
