package org.hep.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hep.model.Tracking;

/**
 * The template keys for keeping track: {@code log} (weeks of the exercise log: "2 weeks", or a
 * number of days rounded up to whole weeks, 0 for none), {@code log_pain} and {@code dose_ticks}.
 */
final class TrackingReader {
    private static final Pattern WEEKS = Pattern.compile("(\\d{1,2})\\s*(week|weeks|day|days)?");

    /** What one template file sets; null fields are inherited. */
    record Layer(Integer logWeeks, Boolean logPain, Boolean doseTicks) {
        Tracking over(Tracking t) {
            return new Tracking(logWeeks != null ? logWeeks : t.logWeeks(), logPain != null ? logPain : t.logPain(),
                    doseTicks != null ? doseTicks : t.doseTicks());
        }
    }

    private TrackingReader() {
    }

    static Layer read(Fields f) {
        return new Layer(weeks(f), f.bool("log_pain"), f.bool("dose_ticks"));
    }

    private static Integer weeks(Fields f) {
        String text = f.text("log");
        if (text == null) {
            return null;
        }
        Matcher m = WEEKS.matcher(text.strip().toLowerCase(Locale.ROOT));
        String what = "'log' must be a number of weeks (0 to " + Tracking.MAX_WEEKS + ", like \"2 weeks\") or of days"
                + " (0 to " + Tracking.MAX_WEEKS * 7 + ", rounded up to whole weeks), found '"
                + org.hep.diag.Quote.clip(text) + "'";
        if (!m.matches()) {
            f.problem("log", what);
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        boolean weeks = m.group(2) != null && m.group(2).startsWith("week");
        int result = weeks ? n : (n + 6) / 7;
        if (result > Tracking.MAX_WEEKS || (!weeks && n > Tracking.MAX_WEEKS * 7)) {
            f.problem("log", what);
            return null;
        }
        return result;
    }
}
