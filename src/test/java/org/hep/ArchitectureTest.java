package org.hep;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes. ArchUnit reads
 * bytecode, so a fully-qualified name in the source counts as much as an import.
 * Rules over packages that may not exist yet allow an empty "should" instead of failing.
 */
@AnalyzeClasses(packages = "org.hep", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String[] PDFBOX = {"org.apache.pdfbox..", "org.apache.fontbox..", "org.apache.xmpbox.."};
    private static final String SNAKEYAML = "org.yaml..";

    @ArchTest
    static final ArchRule pdfboxOnlyInRender = noClasses()
            .that().resideOutsideOfPackage("org.hep.render..")
            .should().dependOnClassesThat().resideInAnyPackage(PDFBOX)
            .because("PDF types stay in the render stage");

    @ArchTest
    static final ArchRule snakeYamlOnlyInLoad = noClasses()
            .that().resideOutsideOfPackage("org.hep.load..")
            .should().dependOnClassesThat().resideInAPackage(SNAKEYAML)
            .because("YAML types stay in the load stage");

    @ArchTest
    static final ArchRule middleStagesFreeOfPdfAndYaml = noClasses()
            .that().resideInAnyPackage("org.hep.layout..", "org.hep.compose..", "org.hep.html..", "org.hep.summary..")
            .should().dependOnClassesThat().resideInAnyPackage(PDFBOX)
            .orShould().dependOnClassesThat().resideInAPackage(SNAKEYAML)
            .allowEmptyShould(true)
            .because("content and placement know neither the file format read nor the one written");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.hep.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule cliUsedByNobody = noClasses()
            .that().resideOutsideOfPackage("org.hep.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.hep.cli..")
            .because("option names and exit codes live only at the command-line edge");

    @ArchTest
    static final ArchRule diagAtTheBottom = noClasses()
            .that().resideInAPackage("org.hep.diag..")
            .should().dependOnClassesThat(resideInAPackage("org.hep..").and(not(resideInAPackage("org.hep.diag.."))))
            .allowEmptyShould(true)
            .because("every stage reports problems through diag, so diag stands on nothing of ours");
}
