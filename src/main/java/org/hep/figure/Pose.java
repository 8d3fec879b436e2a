package org.hep.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One key position of a figure: a base pose plus joint angles (degrees, from standing upright),
 * {@code lean} (the whole body tipped forward) and the parts that carry its weight.
 */
public record Pose(BasePose base, Map<Dof, Double> angles, double lean, List<String> rest) {
    public Pose {
        angles = Map.copyOf(angles);
        rest = List.copyOf(rest);
    }

    public static Pose of(BasePose base) {
        return new Pose(base, base.angles(), 0, base.rest());
    }

    public double angle(Side side, Joint joint, Motion motion) {
        return angles.getOrDefault(new Dof(joint.paired() ? side : null, joint, motion), 0.0);
    }

    /** This pose with some angles changed; null {@code newLean} or {@code newRest} keep the current ones. */
    public Pose with(Map<Dof, Double> changes, Double newLean, List<String> newRest) {
        Map<Dof, Double> a = new HashMap<>(angles);
        a.putAll(changes);
        return new Pose(base, a, newLean == null ? lean : newLean, newRest == null ? rest : newRest);
    }

    /** The pose a fraction {@code t} of the way from this one to {@code to}, for motion paths. */
    Pose toward(Pose to, double t) {
        Map<Dof, Double> a = new HashMap<>();
        java.util.Set<Dof> keys = new java.util.HashSet<>(angles.keySet());
        keys.addAll(to.angles.keySet());
        for (Dof d : keys) {
            double x = angles.getOrDefault(d, 0.0);
            a.put(d, x + (to.angles.getOrDefault(d, 0.0) - x) * t);
        }
        return new Pose(t < 0.5 ? base : to.base, a, lean + (to.lean - lean) * t, t < 0.5 ? rest : to.rest);
    }
}
