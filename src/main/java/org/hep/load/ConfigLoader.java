package org.hep.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hep.diag.Quote;
import org.hep.model.Clinic;
import org.hep.model.ConfigFile;
import org.hep.model.ImageFile;
import org.hep.model.PageSize;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a configuration file, checked like every YAML file hep reads: each mistake is reported
 * as {@code file:line:column: message}, all at once. Paths in it are relative to the file.
 */
public final class ConfigLoader {
    public static final Set<String> KEYS = Set.of("library", "templates", "template", "page_size", "language",
            "clinic");
    private static final Set<String> CLINIC_KEYS = Set.of("name", "address", "phone", "website", "logo");

    private ConfigLoader() {
    }

    public static ConfigFile load(Source source) {
        MappingNode root = YamlDocument.parseMapping(source, "settings such as library, template or page_size");
        Problems p = new Problems(source.name());
        Fields f = new Fields(root, p, KEYS);
        Path dir = source.dir();
        List<Path> library = folders(f, "library", dir);
        List<Path> templates = folders(f, "templates", dir);
        String template = f.path("template");
        if (template != null && FileNames.looksLikePath(template)) {
            Path file = dir.resolve(template).normalize();
            if (!Files.isRegularFile(file)) {
                f.problem("template", "template file '" + template + "' not found (paths are relative to this file)");
            }
            template = file.toString();
        }
        PageSize pageSize = null;
        String page = f.text("page_size");
        if (page != null) {
            pageSize = PageSize.parse(page);
            if (pageSize == null) {
                f.problem("page_size", "'page_size' must be letter or a4, found '" + Quote.clip(page) + "'");
            }
        }
        String language = f.text("language");
        if (language != null && (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
                || org.hep.model.Language.forTag(language) == null)) {
            // Here, at its line, rather than as a usage error when the first handout is made.
            f.problem("language", "'language' must be en, fr or es (with a region if you like, as in es-MX), found '"
                    + Quote.clip(language) + "'");
            language = null;
        }
        Clinic clinic = Clinic.NONE;
        org.hep.model.Origin phoneAt = null;
        MappingNode clinicNode = f.mapping("clinic");
        if (clinicNode != null) {
            Fields c = new Fields(clinicNode, p, CLINIC_KEYS);
            phoneAt = c.has("phone") ? c.origin("phone") : null;
            String logoText = c.path("logo");
            ImageFile logo = logoText == null ? null : Images.read(c, "logo", logoText, dir);
            clinic = new Clinic(c.text("name"), c.text("address"), c.text("phone"), SiteName.website(c), logo);
        }
        p.throwIfAny();
        return new ConfigFile(source.name(), library, templates, template, pageSize, language, clinic,
                template == null ? null : f.origin("template"), phoneAt);
    }

    /** One folder or a list of them, each of which must exist. */
    private static List<Path> folders(Fields f, String key, Path dir) {
        List<Path> out = new ArrayList<>();
        for (String name : f.paths(key)) {
            Path folder = dir.resolve(name).normalize();
            if (!Files.isDirectory(folder)) {
                f.problem(key, "folder '" + name + "' not found (paths are relative to this file)");
            } else {
                out.add(folder);
            }
        }
        return out;
    }
}
