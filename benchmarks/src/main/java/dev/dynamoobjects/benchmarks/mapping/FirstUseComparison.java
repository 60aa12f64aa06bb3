package dev.dynamoobjects.benchmarks.mapping;

import dev.dynamoobjects.benchmarks.jvm.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The first-use comparison in full: {@link FirstUseCpuTime} for each case (the SDK alone, 20
 * generated mappers, 20 {@code TableSchema.fromBean} schemas) in fresh JVMs, cases alternating,
 * medians printed with their ratios. Twice: on a default JVM, and with the JDK's class-data sharing,
 * each case starting from an archive that a first run of that same case wrote
 * ({@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), as an application
 * deployed for fast start-up would.
 *
 * <p>The SDK's case is the floor that both sides pay (loading and initialising
 * {@code AttributeValue}), so {@code bean / sdk} is the largest ratio mapping code that cost nothing
 * could reach.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamoobjects.benchmarks.mapping.FirstUseComparison [ROUNDS=8]
 * </pre>
 */
public final class FirstUseComparison {
    private static final List<String> CASES = List.of("sdk", "generated", "bean");

    private FirstUseComparison() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        report("default JVM", medians(rounds, c -> List.of()));
        Path archives = Files.createTempDirectory("first-use-cds");
        for (String c : CASES) {
            ChildJvm.run(List.of("-Xlog:disable", "-XX:ArchiveClassesAtExit=" + archive(archives, c)),
                    FirstUseCpuTime.class, c);
        }
        report("class-data sharing", medians(rounds,
                c -> List.of("-Xlog:disable", "-XX:SharedArchiveFile=" + archive(archives, c))));
    }

    private static String archive(Path folder, String c) {
        return folder.resolve(c + ".jsa").toString();
    }

    /** Returns each case's median main-thread CPU milliseconds over the rounds. */
    private static Map<String, Double> medians(int rounds, Function<String, List<String>> options) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String c : CASES) {
                String line = ChildJvm.run(options.apply(c), FirstUseCpuTime.class, c);
                samples.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(Double.parseDouble(line.substring(line.indexOf(' ') + 1)));
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((c, values) -> {
            Collections.sort(values);
            medians.put(c, values.get(values.size() / 2));
        });
        return medians;
    }

    private static void report(String jvm, Map<String, Double> ms) {
        double sdk = ms.get("sdk");
        double generated = ms.get("generated");
        double bean = ms.get("bean");
        System.out.printf("%s: generated %.1f ms, fromBean %.1f ms, SDK alone %.1f ms: %.1fx less"
                        + " (%.1fx above the SDK's share; at most %.1fx for mapping code that cost nothing)%n",
                jvm, generated, bean, sdk, bean / generated, (bean - sdk) / (generated - sdk), bean / sdk);
    }
}
