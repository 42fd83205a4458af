package com.localizevideos.headroom.batch;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claims and completes chunks in PostgreSQL. A claim takes the first pending (or stale) chunk with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of instances on one database share a run without double work.
 */
@ApplicationScoped
public class BatchChunkStore {
    private static final String CLAIM = """
            update batch_chunk c
               set status = 'CLAIMED', claimed_by = ?, claimed_at = now()
             where (c.run_id, c.chunk_no) = (
                   select run_id, chunk_no from batch_chunk
                    where status = 'PENDING'
                       or (status = 'CLAIMED' and claimed_at < now() - make_interval(secs => ?))
                    order by run_id, chunk_no
                    limit 1
                    for update skip locked)
            returning c.run_id, c.chunk_no, c.account_ids,
                      (select r.as_of from batch_run r where r.id = c.run_id) as as_of,
                      (select r.created_by from batch_run r where r.id = c.run_id) as created_by
            """;
    /** Finishing chunks of one run take turns, so the last one to finish sees all others done. */
    private static final String LOCK_RUN = "select id from batch_run where id = ? for update";
    private static final String FINISH_CHUNK = """
            update batch_chunk set status = 'DONE', finished_at = now(), evaluated = ?, failed = ?
             where run_id = ? and chunk_no = ? and status = 'CLAIMED' and claimed_by = ?
            """;
    private static final String ADD_TO_RUN = """
            update batch_run
               set done = done + ?, failed = failed + ?,
                   status = case when exists (select 1 from batch_chunk where run_id = ? and status <> 'DONE')
                                 then 'RUNNING' else 'FINISHED' end,
                   finished_at = case when exists (select 1 from batch_chunk where run_id = ? and status <> 'DONE')
                                      then null else now() end
             where id = ?
            """;

    @Inject
    DataSource dataSource;

    @Inject
    BatchConfig config;

    /** Claims the next chunk for {@code worker}, committed at once; empty when nothing is left. */
    Optional<BatchChunk> claim(String worker) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, worker);
            ps.setInt(2, config.staleClaimSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Array ids = rs.getArray("account_ids");
                List<String> accounts = Arrays.asList((String[]) ids.getArray());
                return Optional.of(new BatchChunk(rs.getObject("run_id", UUID.class), rs.getInt("chunk_no"), accounts,
                        rs.getObject("as_of", OffsetDateTime.class).toInstant(), rs.getString("created_by")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a batch chunk", e);
        }
    }

    /** Marks the chunk done and adds its counts to the run in one transaction; a lost claim adds nothing. */
    void finish(BatchChunk chunk, String worker, int evaluated, int failed) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(LOCK_RUN);
                 PreparedStatement done = c.prepareStatement(FINISH_CHUNK);
                 PreparedStatement run = c.prepareStatement(ADD_TO_RUN)) {
                lock.setObject(1, chunk.runId());
                lock.executeQuery().close();
                done.setInt(1, evaluated);
                done.setInt(2, failed);
                done.setObject(3, chunk.runId());
                done.setInt(4, chunk.chunkNo());
                done.setString(5, worker);
                if (done.executeUpdate() == 1) {
                    run.setInt(1, evaluated);
                    run.setInt(2, failed);
                    run.setObject(3, chunk.runId());
                    run.setObject(4, chunk.runId());
                    run.setObject(5, chunk.runId());
                    run.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot finish batch chunk " + chunk.chunkNo(), e);
        }
    }
}
