package dev.apierrors.bench;

/**
 * One cold Swagger Parser parse in a JVM of its own, as the cold benchmark's floor: with a file, it
 * parses it as stage (a) does; without, it starts and stops the same JVM on the same class path, so
 * that the difference of the two is what the parse adds.
 *
 * <p>Arguments: {@code [description]}.
 */
public final class ParseOnce {

    private ParseOnce() {
    }

    public static void main(String[] args) {
        if (args.length == 1) {
            Object result = Stages.parse(java.nio.file.Path.of(args[0])).run();
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
    }
}
