package org.hep.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The built-in plans, exercises, templates, fonts and packed drawings, read straight from hep's
 * jar. {@code Class.getResourceAsStream} looks for a name outside any package in every module of
 * the JDK before the class path, then reads the entry through a URL and a jar connection: a few
 * milliseconds of a one-off handout for its dozen or so reads. When hep runs as {@code java -jar
 * hep.jar} (the jar alone on the class path, naming no other), the jar holds every built-in
 * resource, so its entries are read directly; anywhere else (classes in a folder, more on the class
 * path, a jar that cannot be opened) the class loader reads them as before.
 */
public final class BuiltInResource {
    private BuiltInResource() {
    }

    /** The running jar, opened once by whichever thread asks first, or null to use the class loader. */
    private static final class Jar {
        static final JarFile FILE = open();

        private static JarFile open() {
            try {
                CodeSource code = BuiltInResource.class.getProtectionDomain().getCodeSource();
                String classPath = System.getProperty("java.class.path");
                if (code == null || code.getLocation() == null || classPath == null
                        || classPath.indexOf(java.io.File.pathSeparatorChar) >= 0) {
                    return null;
                }
                Path jar = Path.of(code.getLocation().toURI());
                if (!Files.isRegularFile(jar) || !Files.isSameFile(jar, Path.of(classPath))) {
                    return null;
                }
                JarFile file = new JarFile(jar.toFile(), false);
                Manifest m = file.getManifest();
                if (m != null && m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH) != null) {
                    file.close();
                    return null;
                }
                return file;
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                return null;
            }
        }
    }

    /**
     * The resource {@code name} (absolute, as "/hep/fonts/x.ttf"), or null when there is none, as
     * {@link Class#getResourceAsStream} answers.
     */
    public static InputStream open(String name) throws IOException {
        if (!name.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute resource name: " + name);
        }
        JarFile jar = Jar.FILE;
        if (jar == null) {
            return BuiltInResource.class.getResourceAsStream(name);
        }
        ZipEntry e = jar.getEntry(name.substring(1));
        return e == null || e.isDirectory() ? null : jar.getInputStream(e);
    }
}
