package org.caravan.revision;

import java.sql.SQLException;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.eclipse.microprofile.health.Readiness;

/**
 * Turns the database's refusal of a write into a coded error, around the transaction (so a refused commit is
 * caught too): a write that collided with another one at the same moment (a unique key taken meanwhile, a lock
 * waited for too long, a deadlock) is CONFLICT, and sending it again is safe, since nothing of it was kept; a
 * database that cannot write (disk full, read-only, unreachable) is STORAGE_UNAVAILABLE, and readiness goes
 * DOWN until writes succeed again ({@link StorageReadiness}). Anything else is left as it is.
 */
@CodedWriteFailures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE) // outside @Transactional, which commits at PLATFORM_BEFORE + 200
public class WriteFailures {

    @Inject
    @Readiness // the health check's qualifier
    StorageReadiness readiness;

    @AroundInvoke
    Object codeFailures(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (CaravanException e) {
            throw e;
        } catch (Exception e) {
            Optional<ErrorCode> code = sqlState(e).map(WriteFailures::codeOf);
            if (code.isEmpty()) {
                throw e;
            }
            if (code.get() == ErrorCode.STORAGE_UNAVAILABLE) {
                readiness.writesFailed();
            }
            throw new CaravanException(code.get(), code.get() == ErrorCode.CONFLICT
                    ? "This write collided with another one at the same moment and nothing of it was kept; send it again."
                    : "The database cannot store writes at the moment (full, read-only or unreachable); nothing of"
                            + " this write was kept. Reads still work.");
        }
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    static ErrorCode codeOf(String sqlState) {
        if (sqlState.startsWith("23") || sqlState.startsWith("40") || sqlState.equals("HYT00")
                || sqlState.equals("55P03")) {
            return ErrorCode.CONFLICT; // integrity, serialization or deadlock, H2's and PostgreSQL's lock timeouts
        }
        if (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.equals("25006")
                || sqlState.equals("90028") || sqlState.equals("90097") || sqlState.equals("90098")) {
            return ErrorCode.STORAGE_UNAVAILABLE; // connection, resources (disk full), read-only, H2's I/O errors
        }
        return null;
    }
}
