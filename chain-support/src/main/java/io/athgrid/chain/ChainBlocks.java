package io.athgrid.chain;

import static io.athgrid.chain.Columns.instant;
import static io.athgrid.chain.Columns.ts;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The blocks that held applied logs ({@code chain_block}): what a reorg search compares with the chain. */
public class ChainBlocks {

    private final JdbcClient jdbc;

    public ChainBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ChainBlock block) {
        jdbc.sql("insert into chain_block (block_number, block_hash, block_time) values (?, ?, ?) "
                        + "on conflict (block_number) do nothing")
                .params(block.number(), block.hash(), ts(block.time()))
                .update();
    }

    /** Up to {@code limit} recorded blocks at or below {@code number}, newest first. */
    public List<ChainBlock> atOrBelow(long number, int limit) {
        return jdbc.sql("""
                        select block_number, block_hash, block_time from chain_block
                        where block_number <= ? order by block_number desc limit ?""")
                .params(number, limit)
                .query((rs, row) -> new ChainBlock(rs.getLong("block_number"), rs.getString("block_hash"),
                        instant(rs, "block_time")))
                .list();
    }

    public void deleteAfter(long number) {
        jdbc.sql("delete from chain_block where block_number > ?").param(number).update();
    }
}
