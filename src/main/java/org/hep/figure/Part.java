package org.hep.figure;

/** A drawn body segment, and the joint whose change makes it (and what hangs from it) move. */
enum Part {
    PELVIS(null), CHEST(Joint.BACK), NECK(Joint.NECK), HEAD(Joint.HEAD),
    UPPER_ARM(Joint.SHOULDER), FOREARM(Joint.ELBOW), HAND(Joint.WRIST),
    THIGH(Joint.HIP), SHIN(Joint.KNEE), FOOT(Joint.ANKLE);

    final Joint driver;

    Part(Joint driver) {
        this.driver = driver;
    }

    /** The segments of the same chain nearer the trunk, whose joints also move this one. */
    Part[] chain() {
        return switch (this) {
            case PELVIS -> new Part[] {};
            case CHEST -> new Part[] {CHEST};
            case NECK -> new Part[] {NECK};
            case HEAD -> new Part[] {NECK, HEAD};
            case UPPER_ARM -> new Part[] {UPPER_ARM};
            case FOREARM -> new Part[] {UPPER_ARM, FOREARM};
            case HAND -> new Part[] {UPPER_ARM, FOREARM, HAND};
            case THIGH -> new Part[] {THIGH};
            case SHIN -> new Part[] {THIGH, SHIN};
            case FOOT -> new Part[] {THIGH, SHIN, FOOT};
        };
    }
}
