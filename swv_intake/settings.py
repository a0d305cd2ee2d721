"""Settings from environment variables (prefix ``SWV_``), with working local defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.storage import Bucket

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]"}
LOCAL_ACCESS_KEY = "swv-local"
LOCAL_SECRET_KEY = "swv-local-only-secret"  # noqa: S105 - the embedded server's own key


class Settings(BaseSettings):
    """Where storage and Prefect are. Leave the endpoints empty to run everything locally.

    With ``s3_endpoint`` unset, the project starts its own S3 server (SeaweedFS) on
    127.0.0.1 with data under ``state_dir``; with ``prefect_api_url`` unset, the demo starts a
    local Prefect server on SQLite there too.
    """

    model_config = SettingsConfigDict(env_prefix="SWV_", env_file=".env", extra="ignore")

    state_dir: Path = Path(".state")
    s3_endpoint: str | None = None
    s3_access_key: SecretStr = SecretStr(LOCAL_ACCESS_KEY)
    s3_secret_key: SecretStr = SecretStr(LOCAL_SECRET_KEY)
    s3_secure: bool = False
    s3_local_port: int = 8333
    bucket_prefix: str = "swv"
    prefect_api_url: str | None = None
    prefect_local_port: int = 4200

    @model_validator(mode="after")
    def _refuse_local_keys_for_a_real_server(self) -> Settings:
        local_key = self.s3_secret_key.get_secret_value() == LOCAL_SECRET_KEY
        if local_key and not self.s3_is_local:
            raise ValueError("SWV_S3_SECRET_KEY must be set for a server beyond 127.0.0.1")
        return self

    @property
    def s3_is_local(self) -> bool:
        """Whether storage is the embedded server (or another one on this machine's loopback)."""
        host = self.s3_address.rsplit(":", 1)[0]
        return host in LOOPBACK_HOSTS

    @property
    def s3_address(self) -> str:
        """``host:port`` of the S3 server: the configured one, else the embedded one."""
        return self.s3_endpoint or f"127.0.0.1:{self.s3_local_port}"

    def bucket_name(self, bucket: Bucket) -> str:
        """The server-side name of a bucket."""
        return f"{self.bucket_prefix}-{bucket.value}"
