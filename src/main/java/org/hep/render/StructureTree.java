package org.hep.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.hep.layout.Struct;
import org.hep.model.SafeText;

/**
 * The layout's structure as PDF tags: while pages are drawn it hands out marked-content ids
 * and notes where each mark went; afterwards it writes the structure elements, the parent
 * tree that leads back from content to element, and the mark info.
 */
final class StructureTree {
    private final Struct root;
    /** Page index and marked-content id of each placed mark. */
    private final Map<Struct.Mark, int[]> marks = new IdentityHashMap<>();
    /** Where each picture and QR code landed, for its Figure's bounding box. */
    private final Map<Struct.Mark, PDRectangle> figureBounds = new IdentityHashMap<>();
    private final List<PDPage> pdPages = new ArrayList<>();
    private final List<COSArray> parents = new ArrayList<>();
    /** Each mark's place among its element's kids, to tell which ops may share a sequence. */
    private final Map<Struct.Mark, Integer> markOrder = new IdentityHashMap<>();

    StructureTree(Struct root) {
        this.root = root;
        order(root);
    }

    /** A new page; returns its index. */
    int addPage(PDPage page) {
        page.setStructParents(pdPages.size());
        pdPages.add(page);
        parents.add(new COSArray());
        return pdPages.size() - 1;
    }

    /** A new marked-content sequence on page {@code index}: {page, id}. */
    int[] newSequence(int index) {
        COSArray parentArray = parents.get(index);
        int[] at = {index, parentArray.size()};
        parentArray.add(COSInteger.ZERO); // placeholder: the element is known after the tree is built
        return at;
    }

    void place(Struct.Mark mark, int[] at) {
        marks.put(mark, at);
    }

    void bounds(Struct.Mark mark, PDRectangle box) {
        if (mark != null) {
            figureBounds.put(mark, box);
        }
    }

    /** Whether {@code b} is the piece of content right after {@code a} in the same element. */
    boolean nextTo(Struct.Mark a, Struct.Mark b) {
        return a.owner() == b.owner() && markOrder.getOrDefault(b, -2) == markOrder.getOrDefault(a, -2) + 1;
    }


    private void order(Struct struct) {
        List<Object> kids = struct.kids();
        for (int i = 0; i < kids.size(); i++) {
            if (kids.get(i) instanceof Struct child) {
                order(child);
            } else if (kids.get(i) instanceof Struct.Mark mark) {
                markOrder.put(mark, i);
            }
        }
    }

    /** The structure tree, parent tree and mark info, once every page is drawn. */
    void write(PdfDocument doc) {
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        doc.catalog().setItem(COSName.STRUCT_TREE_ROOT, treeRoot);
        PDStructureElement document = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(document);
        build(root, document.getCOSObject());
        COSDictionary parentTree = new COSDictionary();
        COSArray nums = new COSArray();
        for (int i = 0; i < parents.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(parents.get(i));
        }
        parentTree.setItem(COSName.NUMS, nums);
        treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        treeRoot.setParentTreeNextKey(parents.size());
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.catalog().setItem(COSName.MARK_INFO, markInfo);
    }

    /**
     * Mirrors the layout's structure into PDF structure elements; drops nodes with no drawn
     * content. Elements are plain dictionaries, filled in the order PDFBox's structure classes
     * would fill them (/S, /P, /Alt, /A, then /Pg and /K): those classes cost a batch more than
     * the dictionaries themselves.
     */
    private boolean build(Struct struct, COSDictionary element) {
        boolean any = false;
        int[] last = null;
        for (Object kid : struct.kids()) {
            if (kid instanceof Struct child) {
                COSDictionary e = new COSDictionary();
                e.setItem(COSName.S, COSName.getPDFName(child.role()));
                e.setItem(COSName.P, element);
                if (child.alt() != null) {
                    e.setString(COSName.ALT, SafeText.strip(child.alt()));
                }
                PDRectangle box = figureBox(child);
                if (box != null) {
                    // Assistive tools use the box to show or magnify the picture the alt text describes.
                    PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
                    layout.setBBox(box);
                    layout.getCOSObject().setDirect(true); // inside its element, not an object of its own
                    new PDStructureElement(e).addAttribute(layout);
                }
                if (child.scope() != null) {
                    PDTableAttributeObject attr = new PDTableAttributeObject();
                    attr.setScope(child.scope());
                    attr.getCOSObject().setDirect(true);
                    new PDStructureElement(e).addAttribute(attr);
                }
                // Table cells stay even when empty (tick-box columns), or the table loses its shape.
                boolean keep = build(child, e) || child.role().equals("TD") || child.role().equals("TR");
                if (keep) {
                    addKid(element, e);
                    any = true;
                }
            } else if (kid instanceof Struct.Mark mark) {
                int[] at = marks.get(mark);
                if (at == null) {
                    continue; // laid out but never placed (cannot happen today; be safe)
                }
                if (at != last) { // marks that shared a sequence share one reference
                    content(element, at);
                    last = at;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * A marked-content sequence as the element's kid: its bare id when it is on the element's
     * page (/Pg set by the first one), a reference dictionary only for another page.
     */
    private void content(COSDictionary e, int[] at) {
        PDPage page = pdPages.get(at[0]);
        COSBase kid;
        if (!e.containsKey(COSName.PG)) {
            e.setItem(COSName.PG, page);
        }
        if (e.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
            kid = COSInteger.get(at[1]);
        } else {
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.MCR);
            mcr.setItem(COSName.PG, page);
            mcr.setInt(COSName.MCID, at[1]);
            mcr.setDirect(true);
            kid = mcr;
        }
        addKid(e, kid);
        parents.get(at[0]).set(at[1], e);
    }

    /** A kid after the element's others: the one kid itself, or an array once there are two. */
    private static void addKid(COSDictionary element, COSBase kid) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k == null) {
            element.setItem(COSName.K, kid);
        } else if (k instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(k);
            array.add(kid);
            element.setItem(COSName.K, array);
        }
    }

    /** The union of the areas drawn for a Figure's own content, or null when it is not a drawn figure. */
    private PDRectangle figureBox(Struct struct) {
        if (!struct.role().equals("Figure")) {
            return null;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        boolean any = false;
        for (Object kid : struct.kids()) {
            PDRectangle r = kid instanceof Struct.Mark m ? figureBounds.get(m) : null;
            if (r != null) {
                x0 = Math.min(x0, r.getLowerLeftX());
                y0 = Math.min(y0, r.getLowerLeftY());
                x1 = Math.max(x1, r.getUpperRightX());
                y1 = Math.max(y1, r.getUpperRightY());
                any = true;
            }
        }
        return any ? new PDRectangle(x0, y0, x1 - x0, y1 - y0) : null;
    }
}
