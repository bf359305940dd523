package dev.apierrors.convention;

import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;

import java.nio.file.Path;

/**
 * The file a convention setting names, found without reading it: {@code standard} (also for null
 * or blank) and {@code problem} are files of the plugin, anything else a path relative to the
 * project folder. What a build fingerprints before it knows whether it must parse the convention.
 */
public final class ConventionFile {

    private static final String PRESETS = "dev/apierrors/convention/";

    private ConventionFile() {
    }

    /** The file of the convention {@code setting} names. */
    public static SpecResource of(String setting, Path basedir) {
        String preset = presetName(setting);
        return preset != null ? preset(preset) : new FileResource(basedir.resolve(setting.trim()));
    }

    /** The user's file {@code setting} names, or null for one of the plugin's own conventions. */
    public static Path userFile(String setting, Path basedir) {
        return presetName(setting) != null ? null : basedir.resolve(setting.trim());
    }

    /** The plugin's file of the convention {@code standard} or {@code problem}. */
    static SpecResource preset(String name) {
        return new ClasspathResource(ConventionFile.class.getClassLoader(), PRESETS + name + ".yaml");
    }

    /** {@code standard} or {@code problem} when {@code setting} names one of them, else null. */
    static String presetName(String setting) {
        String value = setting == null ? "" : setting.trim();
        if (value.isEmpty() || value.equals(Convention.STANDARD)) {
            return Convention.STANDARD;
        }
        return value.equals(Convention.PROBLEM) ? Convention.PROBLEM : null;
    }
}
