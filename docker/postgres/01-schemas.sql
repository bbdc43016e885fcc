-- One database, one schema per service (ARCHITECTURE.md section 2). Runs once, on an empty data
-- volume, as POSTGRES_USER in POSTGRES_DB. Flyway in each service owns everything inside its schema.
CREATE SCHEMA IF NOT EXISTS gateway;
CREATE SCHEMA IF NOT EXISTS registry;
CREATE SCHEMA IF NOT EXISTS scheduler;
CREATE SCHEMA IF NOT EXISTS indexer;
CREATE SCHEMA IF NOT EXISTS checker;
CREATE SCHEMA IF NOT EXISTS staking;
CREATE SCHEMA IF NOT EXISTS maas;
