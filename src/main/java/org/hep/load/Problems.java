package org.hep.load;

import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems for one file while it is bound, so a user sees them all at once. */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Where {@code node} starts, as a problem there would name it. */
    public org.hep.model.Origin origin(Node node) {
        return node == null ? new org.hep.model.Origin(file, 1, 1) : new org.hep.model.Origin(file,
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    public void at(Node node, String message) {
        if (node == null) {
            list.add(new Problem(file, 1, 1, message));
        } else {
            list.add(new Problem(file, node.getStartMark().getLine() + 1,
                    node.getStartMark().getColumn() + 1, message));
        }
    }

    public void at(int line, int column, String message) {
        list.add(new Problem(file, line, column, message));
    }

    public void addAll(List<Problem> more) {
        list.addAll(more);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return sorted();
    }

    /** Throws with every problem collected so far, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(sorted());
        }
    }

    /** This file's problems in reading order, then those of files it refers to. */
    private List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        if (out.size() < 2) {
            return out; // nothing to order; the comparator's lambdas cost a one-off handout's start
        }
        out.sort(java.util.Comparator.comparing((Problem p) -> !p.file().equals(file))
                .thenComparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
