package org.hep.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hep.i18n.Labels;
import org.hep.model.Dose;
import org.hep.model.Sides;

/**
 * The dose as a strip of labelled figures a patient reads at a glance and ticks:
 * "3 sets · 10–20 times · each side · rest 1 minute · 5 days a week". Each item has a small
 * label ("Sets"), a large figure ("3") with its unit ("sets"), and the same as a phrase for
 * one line of text. The PDF draws the figures; summaries carry the same items.
 *
 * @param ticks     circles to tick today: one per set (one when the dose gives no sets)
 * @param separator between items when the strip is one line of text (" · ")
 */
public record DoseStrip(List<Item> items, int ticks, String separator) {

    /**
     * @param key    the dose key: sets, reps, hold, rest, sides, load, per_day, days_per_week
     * @param figure the large part ("10–20"), or null when the item is words only ("each side")
     * @param unit   what follows the figure ("times per side"), or the words themselves
     * @param text   the item as a phrase, as {reps} and the dose in words say it: "10–20 times per side",
     *               "rest 1 minute"
     */
    public record Item(String key, String label, String figure, String unit, String text) {
    }

    public DoseStrip {
        items = List.copyOf(items);
    }

    /** "3 sets · 10–20 times · …": the strip as one line. */
    public String text() {
        return String.join(separator, items.stream().map(Item::text).toList());
    }

    /** True when every dose says the same, and something, about how often: the plan then says it once. */
    public static boolean frequencyShared(List<Dose> doses) {
        if (doses.isEmpty()) {
            return false;
        }
        Dose first = doses.get(0);
        boolean any = first.perDay() != null || first.daysPerWeek() != null;
        return any && doses.stream().allMatch(d -> Objects.equals(d.perDay(), first.perDay())
                && Objects.equals(d.daysPerWeek(), first.daysPerWeek()));
    }

    /** The strip of {@code d} in the words of {@code labels}; how often only when {@code withFrequency}. */
    public static DoseStrip of(Dose d, Labels labels, boolean withFrequency) {
        DoseWords words = new DoseWords(labels);
        List<Item> items = new ArrayList<>();
        if (d.sets() != null) {
            String unit = labels.get("strip.unit.sets", d.sets());
            items.add(new Item("sets", labels.get("strip.sets"), Integer.toString(d.sets()), unit, d.sets() + " " + unit));
        }
        if (d.reps() != null) {
            String figure = d.reps().isRange() ? d.reps().min() + "\u2013" + d.reps().max() : Integer.toString(d.reps().min());
            String unitKey = d.sides() != Sides.ALTERNATING ? "strip.unit.times"
                    : d.countsInTotal() ? "strip.unit.timesInTotal" : "strip.unit.timesPerSide";
            String unit = labels.get(unitKey, d.reps().max());
            items.add(new Item("reps", labels.get("strip.reps"), figure, unit, new DoseText(labels).words("reps", d)));
        }
        if (d.holdSeconds() != null) {
            items.add(duration("hold", labels.get("strip.hold"), d.holdSeconds(), labels,
                    labels.get("dose.hold", words.duration(d.holdSeconds()))));
        }
        if (d.sides() != null) {
            String side = words.sides(d);
            items.add(new Item("sides", labels.get("strip.sides"), null, side, side));
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            items.add(duration("rest", labels.get("strip.rest"), d.restSeconds(), labels,
                    labels.get("dose.restOnly", words.duration(d.restSeconds()))));
        }
        if (d.load() != null) {
            items.add(new Item("load", labels.get("strip.load"), null, d.load(), labels.get("dose.load", d.load())));
        }
        if (withFrequency && d.perDay() != null) {
            items.add(new Item("per_day", labels.get("strip.perDay"), Integer.toString(d.perDay()),
                    labels.get("strip.unit.times", d.perDay()), labels.get("freq.perDay", d.perDay())));
        }
        if (withFrequency && d.daysPerWeek() != null) {
            items.add(new Item("days_per_week", labels.get("strip.daysPerWeek"), Integer.toString(d.daysPerWeek()),
                    labels.get("strip.unit.days", d.daysPerWeek()), labels.get("freq.days", d.daysPerWeek())));
        }
        return new DoseStrip(items, d.sets() != null ? d.sets() : 1, labels.get("dose.separator"));
    }

    /** 45 → "45" "seconds", 120 → "2" "minutes": the same rule as the dose in words. */
    private static Item duration(String key, String label, int seconds, Labels labels, String text) {
        boolean minutes = seconds >= 60 && seconds % 60 == 0;
        int n = minutes ? seconds / 60 : seconds;
        return new Item(key, label, Integer.toString(n), labels.get(minutes ? "strip.unit.minutes" : "strip.unit.seconds", n), text);
    }
}
