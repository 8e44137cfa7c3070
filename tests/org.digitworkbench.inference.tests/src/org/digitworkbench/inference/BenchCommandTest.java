package org.digitworkbench.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code digits bench} on a short run (the figures printed are the README's; timing is never asserted). */
class BenchCommandTest {

    /**
     * The benchmark runs to its end, its three ways of scanning MNIST agree on every answer, and it prints the
     * scan's share of the machine's matrix-multiply rate and the 70,000 scan.
     */
    @Test
    void benchMeasuresEveryPathAndTheyAgree() throws Exception {
        CommandRun r = CommandRun.of("bench", "--runs", "100", "--drawings", "50");
        System.out.print(r.out());
        assertEquals(0, r.code(), r.err() + r.out());
        for (String row : List.of("our service ", "naive DL4J ", "whole number ", "live, per move ")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + row) && l.matches(".*\\d+\\.\\d{3}.*")),
                    row + "in\n" + r.out());
        }
        List<String> scans = r.out().lines().filter(l -> l.contains("images/s") && l.contains("accuracy ")).toList();
        assertEquals(3, scans.size(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "  our scan: \\d+\\.\\d G multiply-adds/s = \\d+% of this machine's sgemm now .*\\d+\\.\\d G/s\\)")),
                "the scan's share of the machine's sgemm:\n" + r.out());
        assertTrue(r.out().lines().anyMatch(
                l -> l.matches("  our service, all 70,000 \\(training \\+ test\\) +\\d+ ms +\\d+ images/s")),
                "the 70,000 scan:\n" + r.out());
        String accuracy = scans.get(0).replaceAll(".*accuracy ", "");
        assertTrue(Double.parseDouble(accuracy) >= 0.99, r.out());
        scans.forEach(l -> assertTrue(l.endsWith("accuracy " + accuracy), "same answers:\n" + r.out()));
    }
}
