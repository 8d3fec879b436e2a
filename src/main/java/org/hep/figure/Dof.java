package org.hep.figure;

/** One degree of freedom: a joint's motion on one side ({@code side} is null for back, neck and head). */
public record Dof(Side side, Joint joint, Motion motion) {
    // equals and hashCode written out (the same as a record's): every pose is a map keyed by
    // Dof, and the generated ones are linked through method handles at first use, which was
    // a twentieth of a one-off handout's main thread.
    @Override
    public boolean equals(Object o) {
        return o instanceof Dof d && d.side == side && d.joint == joint && d.motion == motion;
    }

    @Override
    public int hashCode() {
        return (31 * java.util.Objects.hashCode(side) + java.util.Objects.hashCode(joint)) * 31
                + java.util.Objects.hashCode(motion);
    }
}
