package org.hep.figure;

/** One degree of freedom: a joint's motion on one side ({@code side} is null for back, neck and head). */
public record Dof(Side side, Joint joint, Motion motion) {
}
