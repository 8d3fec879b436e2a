package org.hep.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Printed words ("Sets", "Page 2 of 3", "each side") in the plan's language, from
 * {@code labels*.properties}. English, French and Spanish ship; other languages fall back
 * to English rather than to the machine's locale, so output never depends on the machine.
 */
public final class Labels {
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.hep.i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels forLanguage(String tag) {
        String lang = Locale.forLanguageTag(tag == null ? "en" : tag).getLanguage();
        String key = LANGUAGES.contains(lang) ? lang : "en";
        return CACHE.computeIfAbsent(key, k -> new Labels(k.equals("en") ? Locale.ROOT : Locale.forLanguageTag(k)));
    }

    public String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
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
