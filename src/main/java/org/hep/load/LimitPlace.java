package org.hep.load;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Where a document crosses the nesting or alias limit. SnakeYAML stops there without saying where,
 * so the file is read again as a stream of events, only when it failed, to point at the list or
 * alias that went one too far rather than at line 1.
 */
final class LimitPlace {
    private LimitPlace() {
    }

    /** The place of the first collection nested deeper than {@code maxDepth}, or null. */
    static Mark tooDeep(String text, int maxDepth) {
        int depth = 0;
        Parser parser = parser(text);
        try {
            while (parser.peekEvent() != null && !parser.checkEvent(Event.ID.StreamEnd)) {
                Event e = parser.getEvent();
                if (e instanceof CollectionStartEvent && ++depth > maxDepth) {
                    return e.getStartMark();
                }
                if (e instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // malformed further on: the limit was not where it failed
        }
        return null;
    }

    /** The place of the first alias to a list or mapping past {@code maxAliases} of them, or null. */
    static Mark tooManyAliases(String text, int maxAliases) {
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        Parser parser = parser(text);
        try {
            while (parser.peekEvent() != null && !parser.checkEvent(Event.ID.StreamEnd)) {
                Event e = parser.getEvent();
                if (e instanceof CollectionStartEvent c && c.getAnchor() != null) {
                    collections.add(c.getAnchor());
                }
                if (e instanceof AliasEvent a && collections.contains(a.getAnchor()) && ++aliases > maxAliases) {
                    return e.getStartMark();
                }
            }
        } catch (YAMLException e) {
            // malformed further on: the limit was not where it failed
        }
        return null;
    }

    private static Parser parser(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Source.MAX_BYTES + 1);
        return new ParserImpl(new StreamReader(new StringReader(text)), options);
    }
}
