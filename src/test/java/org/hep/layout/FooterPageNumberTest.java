package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.hep.app.Templates;
import org.hep.compose.Furniture;
import org.hep.compose.Glue;
import org.hep.load.BuiltIns;
import org.hep.load.Library;
import org.hep.load.PlanLoader;
import org.hep.model.Language;
import org.hep.model.PageSize;
import org.hep.model.Template;
import org.hep.render.FontSet;
import org.junit.jupiter.api.Test;

/**
 * The footer keeps room beside its last line for the page numbers a handout prints: two digits
 * for a handout of up to 99 pages, which in large print on A4 fits "Página 88 de 88" beside "¿Tiene
 * preguntas? Llame a su clínica." and not "Página 888 de 888" (a handout that runs longer is laid
 * out again with room for it: its number goes under the line).
 */
class FooterPageNumberTest {
    @Test
    void theNumberGoesUnderTheLineOnlyWhenItsDigitsDoNotFitBesideIt() {
        Template template = Templates.choose("large-print", PlanLoader.load(BuiltIns.source(
                "plans/ankle-sprain.yaml"), "plan", Library.builtIn())).withPage(PageSize.A4);
        Theme th = Theme.of(template);
        Blocks b = new Blocks(FontSet.forThread(), th, Glue.of(Language.ES));
        Furniture es = new Furniture(null, "\u00bfTiene preguntas? Llame a su cl\u00ednica.", "P\u00e1gina {0} de {1}",
                "{0} (continuaci\u00f3n)", Locale.forLanguageTag("es"));
        float width = template.page().width - 2 * template.margin();
        assertFalse(FooterLayout.lines(es, b, th, width, 99).numberBelow(), "Página 88 de 88 fits beside the line");
        assertTrue(FooterLayout.lines(es, b, th, width, 999).numberBelow(), "Página 888 de 888 goes under it");
    }
}
