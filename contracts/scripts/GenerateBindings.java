import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.web3j.codegen.SolidityFunctionWrapperGenerator;

/**
 * Runs web3j's SolidityFunctionWrapperGenerator for every {@code <Name>.abi}/{@code <Name>.bin}
 * pair that scripts/compile.mjs wrote, so a new contract needs no change to the build.
 * Launched by Maven as a single-file source program with web3j codegen on the classpath.
 *
 * <p>Usage: {@code java -cp <codegen> GenerateBindings.java <artifactDir> <outputDir> <package>}
 */
public class GenerateBindings {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateBindings <artifactDir> <outputDir> <package>");
        }
        Path artifacts = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];

        deleteRecursively(output);
        List<Path> abis = abiFiles(artifacts);
        if (abis.isEmpty()) {
            throw new IllegalStateException("no .abi files in " + artifacts + "; did compile.mjs run?");
        }
        for (Path abi : abis) {
            generate(abi, output, packageName);
        }
    }

    private static void generate(Path abi, Path output, String packageName) {
        String name = abi.getFileName().toString().replaceFirst("\\.abi$", "");
        Path bin = abi.resolveSibling(name + ".bin");
        SolidityFunctionWrapperGenerator.main(new String[] {
            "generate", "-a", abi.toString(), "-b", bin.toString(),
            "-o", output.toString(), "-p", packageName});
        // The generator prints argument errors instead of failing; an absent file is the signal.
        Path javaFile = output.resolve(packageName.replace('.', '/')).resolve(name + ".java");
        if (!Files.isRegularFile(javaFile)) {
            throw new IllegalStateException("web3j codegen wrote no " + javaFile);
        }
    }

    private static List<Path> abiFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".abi")).sorted().toList();
        }
    }

    // Removes bindings of contracts that no longer exist.
    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
