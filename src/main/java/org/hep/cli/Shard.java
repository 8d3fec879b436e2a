package org.hep.cli;

/**
 * {@code --shard K/N}: the manifest rows this run makes. A row belongs to shard K when its
 * line number mod N is K, so N runs with K = 0 … N−1 (a job array's index) make every row
 * exactly once, whatever the manifest holds and without reading it first. Every shard still
 * reads every row's output name, so two rows naming one file are caught across shards.
 */
record Shard(int index, int count) {
    static final Shard ALL = new Shard(0, 1);

    static Shard parse(String option) {
        if (option == null) {
            return ALL;
        }
        String[] parts = option.strip().split("/", -1);
        try {
            // ASCII digits, as every other number hep reads: Integer.parseInt also takes "+1" and "٢".
            if (parts.length == 2 && parts[0].strip().matches("[0-9]{1,9}") && parts[1].strip().matches("[0-9]{1,9}")) {
                int k = Integer.parseInt(parts[0].strip());
                int n = Integer.parseInt(parts[1].strip());
                if (n >= 1 && n <= 100_000 && k >= 0 && k < n) {
                    return new Shard(k, n);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--shard: expected K/N with 0 <= K < N, e.g. 0/4, found '" + Cli.oneLine(option) + "'");
    }

    boolean has(int line) {
        return line % count == index;
    }
}
