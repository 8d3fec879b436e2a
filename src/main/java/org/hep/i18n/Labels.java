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

    /** Filled labels a thread keeps; a handout fills dozens, mostly the same in every handout. */
    private static final int MAX_FILLED = 1024;

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * Labels filled with words and numbers ("3 sets of 10", "Page 2 of 4"), per thread because
     * a MessageFormat is not safe to share: parsing the pattern and making a number format for
     * every filling was a few percent of a batch, which fills the same ones for every handout.
     */
    private final ThreadLocal<Map<List<Object>, String>> filled = new ThreadLocal<>() {
        @Override
        protected Map<List<Object>, String> initialValue() {
            return new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
                    return size() > MAX_FILLED;
                }
            };
        }
    };

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.hep.i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Labels forLanguage(Language language) {
        Labels known = CACHE.get(language);
        if (known != null) {
            return known;
        }
        Labels made = new Labels(language == Language.EN ? Locale.ROOT : language.locale());
        known = CACHE.putIfAbsent(language, made);
        return known != null ? known : made;
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
        if (!unchanging(args)) {
            return fill(pattern, args);
        }
        Object[] keyed = new Object[args.length + 1];
        keyed[0] = key;
        System.arraycopy(args, 0, keyed, 1, args.length);
        List<Object> at = java.util.Arrays.asList(keyed);
        Map<List<Object>, String> known = filled.get();
        String text = known.get(at);
        if (text == null) {
            text = fill(pattern, args);
            known.put(at, text);
        }
        return text;
    }

    private String fill(String pattern, Object[] args) {
        return new MessageFormat(pattern, locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale).format(args);
    }

    /** Words and whole numbers only: their value is all a filling depends on, and it never changes. */
    private static boolean unchanging(Object[] args) {
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Integer || a instanceof Long)) {
                return false;
            }
        }
        return true;
    }
}
