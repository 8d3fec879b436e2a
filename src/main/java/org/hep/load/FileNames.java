package org.hep.load;

/**
 * How hep reads a reference and a file name, in one place so the command line and YAML
 * files agree: whether "knee-pain" means a built-in name or a file, and which files are YAML.
 */
public final class FileNames {
    private FileNames() {
    }

    /**
     * A reference with a folder separator or a YAML extension names a file ("my/knee",
     * "knee.yaml", "C:\plans\knee"); anything else is a name to look up ("knee-pain").
     */
    public static boolean looksLikePath(String ref) {
        return ref.contains("/") || ref.contains("\\") || isYaml(ref);
    }

    /** "squat.yaml" and "squat.yml" are YAML files. */
    public static boolean isYaml(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    /** The id a YAML file stands for: its name without the extension ("squat.yaml" → "squat"). */
    public static String stem(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5)
                : fileName.endsWith(".yml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
