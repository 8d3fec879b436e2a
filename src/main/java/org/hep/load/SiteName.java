package org.hep.load;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hep.diag.Quote;

/**
 * The site name (host) of a web address a handout prints, checked as a browser's address bar
 * checks an international name before it shows it in letters rather than as {@code xn--…}: the
 * printed short address and the QR code must name the same site to a reader. "https://аpple.com"
 * with a Cyrillic "а" prints like apple.com and opens xn--pple-43d.com. So a site name is refused
 * when a part of it (between dots) mixes scripts (Japanese, Chinese and Korean mixed with their
 * own Han letters and Latin excepted), when a Cyrillic or Greek part is made only of letters that
 * look like Latin ones (unless the site ends in that script too, such as .рф), when it holds a
 * Latin letter that passes for another one (dotless ı, long ſ, script ɑ …) or a character that is
 * no letter, digit or hyphen (a fraction slash reads as "/"). A name in one script of its own
 * ("κλινικη.gr", "病院.jp", "klinik-müller.de") is printed as written; its {@code xn--} form, all
 * ASCII, is always accepted.
 */
final class SiteName {
    /** Cyrillic letters a reader takes for Latin ones (as in Chromium's spoof checker). */
    private static final String CYRILLIC_LIKE_LATIN = "асԁеһіјӏорԛѕԝхуъьҽпгѵѡ";
    private static final String GREEK_LIKE_LATIN = "αικνορυχϲϳ";
    /** Latin letters of their own (no ASCII letter under an accent) that no ASCII letter passes for. */
    private static final String LATIN_OWN_LETTERS = "ßæøœđħłŋþðŧ";
    private static final List<Set<UnicodeScript>> MIXES_ALLOWED = List.of(
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.LATIN),
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.HANGUL, UnicodeScript.LATIN),
            EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO, UnicodeScript.LATIN));

    private SiteName() {
    }

    /**
     * The clinic's {@code website} from {@code clinic}, printed on every handout's first page; null,
     * with a problem at its place, when its site name could pass for another site.
     */
    static String website(Fields clinic) {
        String website = clinic.text("website");
        String wrong = website == null ? null : problem("'website'", hostOf(website));
        if (wrong != null) {
            clinic.problem("website", wrong);
            return null;
        }
        return website;
    }

    /** "клиника.рф" from "https://клиника.рф:8443/knee" or "клиника.рф/knee"; a website may omit https://. */
    static String hostOf(String address) {
        String rest = address.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0 && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        String authority = rest.substring(0, end);
        return authority.substring(authority.lastIndexOf('@') + 1);
    }

    /**
     * Why {@code host} could pass for another site, or null.
     *
     * @param what the value in messages: "'video'", "'website'"
     */
    static String problem(String what, String host) {
        if (host.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.", -1);
        for (String label : labels) {
            String wrong = labelProblem(label, labels[labels.length - 1]);
            if (wrong != null) {
                return what + wrong.replace("%s", Quote.clip(host));
            }
        }
        return null;
    }

    /** Why one part of a site name could pass for another, with %s for the whole name; or null. */
    private static String labelProblem(String label, String top) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < label.length(); i += Character.charCount(label.codePointAt(i))) {
            int cp = label.codePointAt(i);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (cp >= 0x80 && !Character.isLetterOrDigit(cp) && !mark) {
                return " cannot hold the character " + name(cp) + " in its site name ('%s'): it could pass for"
                        + " another site; write the site's own address";
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (cp >= 0x80 && script == UnicodeScript.LATIN && !plainLatin(cp)) {
                return " names its site ('%s') with the letter " + name(cp) + ", which passes for another Latin"
                        + " letter: it could pass for another site; write the site's own address, or its xn-- form";
            }
            if (scripted(cp) && script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        }
        if (scripts.size() > 1 && MIXES_ALLOWED.stream().noneMatch(allowed -> allowed.containsAll(scripts))) {
            return " names its site ('%s') with letters of more than one script (" + words(scripts) + ", such as "
                    + name(odd(label, scripts)) + "): it could pass for another site; write the site's own"
                    + " address, or its xn-- form";
        }
        if (scripts.size() == 1 && lookalike(label, scripts.iterator().next()) && !sameScript(top, scripts)) {
            return " names its site ('%s') with " + word(scripts.iterator().next()) + " letters that all look like"
                    + " Latin ones: it could pass for another site; write the site's xn-- form if it is the site"
                    + " you mean";
        }
        return null;
    }

    /**
     * A letter, or a digit of a script of its own: Bengali zeros in "g০০gle.com" read as the o's of
     * google.com, so they count as Bengali in a mix. (Full-width and mathematical digits belong to
     * no script and map to the ASCII ones, so the address they give is the one they show.)
     */
    private static boolean scripted(int cp) {
        return Character.isLetter(cp) || cp >= 0x80 && Character.isDigit(cp);
    }

    /** The letter to name in a mix: the first one not Latin when Latin is in it ("аpple": the Cyrillic а). */
    private static int odd(String label, Set<UnicodeScript> scripts) {
        UnicodeScript usual = scripts.contains(UnicodeScript.LATIN) ? UnicodeScript.LATIN
                : UnicodeScript.of(label.codePoints().filter(SiteName::scripted).findFirst().orElse('a'));
        return label.codePoints().filter(cp -> scripted(cp) && scripts.contains(UnicodeScript.of(cp))
                && UnicodeScript.of(cp) != usual).findFirst().orElse('?');
    }

    /** An ASCII letter under accents (é, ü, ș, ạ) or a letter of its own (ß, ø, ł); not ı, ſ, ɑ, ĸ. */
    private static boolean plainLatin(int cp) {
        if (LATIN_OWN_LETTERS.indexOf(cp) >= 0) {
            return true;
        }
        String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        return base.length() > 1 && base.charAt(0) < 0x80 && Character.isLetter(base.charAt(0));
    }

    /** Whether every letter of a Cyrillic or Greek part is one a reader takes for Latin. */
    private static boolean lookalike(String label, UnicodeScript script) {
        String like = script == UnicodeScript.CYRILLIC ? CYRILLIC_LIKE_LATIN
                : script == UnicodeScript.GREEK ? GREEK_LIKE_LATIN : null;
        return like != null && label.codePoints().filter(Character::isLetter).allMatch(cp -> like.indexOf(cp) >= 0);
    }

    private static boolean sameScript(String label, Set<UnicodeScript> scripts) {
        return label.codePoints().filter(Character::isLetter).allMatch(cp -> scripts.contains(UnicodeScript.of(cp)));
    }

    private static String words(Set<UnicodeScript> scripts) {
        return String.join(" and ", scripts.stream().map(SiteName::word).toList());
    }

    /** "Cyrillic", "Latin": the script's name as a reader writes it. */
    private static String word(UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "U+2044": the character itself is never printed in a message. */
    private static String name(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
