package org.hep.figure;

/** What a shape in a figure is, which decides how it is drawn. */
public enum Role {
    /** The body in the end (or only) position. */
    BODY,
    /** A limb on the far side of the body, drawn lighter so the near one reads first. */
    BODY_FAR,
    /** The part the exercise moves, in the template's accent colour. */
    MOVING,
    MOVING_FAR,
    /** The start position behind the end one, drawn light. */
    GHOST,
    /** Chairs, walls, steps, towels: quiet grey. */
    PROP,
    /** A resistance band: a grey line. */
    BAND,
    /** The floor or mat line. */
    FLOOR,
    /** A motion arrow's shaft (a line) … */
    ARROW,
    /** … and its head (filled). */
    ARROW_HEAD
}
