package io.jk6.testing;

import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** An output for the kit's tests: keeps what it received and prints a tally on stdout when stopped. */
final class TallyOutput implements Output {

    final List<Sample> received = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    private final PrintStream stdout;
    private final String argument;
    private final String environment;

    TallyOutput(OutputParams params) {
        this.stdout = params.stdout();
        this.argument = params.configArgument();
        this.environment = params.environment().getOrDefault("TALLY", "");
    }

    @Override
    public String description() {
        return "tally";
    }

    @Override
    public void start() {
        events.add("start");
    }

    @Override
    public synchronized void addMetricSamples(List<SampleContainer> samples) {
        samples.forEach(c -> received.addAll(c.samples()));
    }

    @Override
    public synchronized void stop() {
        events.add("stop");
        stdout.println(argument + " " + environment + ": " + received.size() + " samples");
    }
}
