package org.hep.html;

/** Vector pictures written straight into the page: crisp on a phone and on paper, no file beside the HTML. */
final class InlineSvg {
    private InlineSvg() {
    }

    /** A QR code as one path of unit squares, with a quiet zone of four modules. */
    static String qr(boolean[][] modules, String label) {
        int n = modules.length;
        int size = n + 8;
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    d.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" role=\"img\" aria-label=\"" + Html.text(label) + "\" viewBox=\"0 0 " + size + " "
                + size + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path d=\"" + d + "\" fill=\"#000\"/></svg>";
    }
}
