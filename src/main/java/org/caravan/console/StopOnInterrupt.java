package org.caravan.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) is how a person at the console asks the service to stop; once it has stopped cleanly the
 * process exits 0. Left to the JVM, a SIGINT ends the process with status 130, which shells and scripts report
 * as a failure. SIGTERM keeps the JVM's behaviour (status 143), as container runtimes expect.
 */
@ApplicationScoped
class StopOnInterrupt {

    void install(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // dev mode and tests own the console's signals
        }
        try {
            Signal interrupt = new Signal("INT");
            SignalHandler previous = Signal.handle(interrupt, signal -> {
                Log.info("Interrupted (Ctrl-C): stopping");
                Quarkus.asyncExit(0);
            });
            if (previous == SignalHandler.SIG_IGN) {
                // started in the background by a shell, which made it immune to the terminal's Ctrl-C: keep it so
                Signal.handle(interrupt, SignalHandler.SIG_IGN);
            }
        } catch (IllegalArgumentException signalsUnavailable) {
            Log.debugf("SIGINT cannot be handled here (%s); the JVM's default applies", signalsUnavailable.getMessage());
        }
    }
}
