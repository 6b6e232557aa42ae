# ai-coach: `ai-coach serve` on port 3000, SQLite on the /data volume, knowledge base in /app/knowledge.
#   docker build -t ai-coach .
#   docker run -p 3000:3000 -v ai-coach-data:/data --env-file .env ai-coach
# The pseudonym key lives in /data/ai-coach.key (created 0600 on first start, never in the database);
# for several replicas give them all the same key: -e COACH_USER_HASH_KEY=... or a mounted secret file
# with -e COACH_USER_HASH_KEY_FILE=/run/secrets/ai-coach-key.
# TODO(supply chain): pin the base image by digest, FROM python:3.11-slim@sha256:<digest>. No trustworthy
# current digest could be looked up when this was written; take it from `docker buildx imagetools
# inspect python:3.11-slim` (or the registry) and update it with the lock.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COACH_KNOWLEDGE_DIR=/app/knowledge \
    DATABASE_URL=sqlite:////data/ai-coach.db \
    COACH_USER_HASH_KEY_FILE=/data/ai-coach.key \
    PORT=3000

# A system user without a login shell owns nothing but the data volume.
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home --shell /usr/sbin/nologin coach \
    && mkdir -p /app /data \
    && chown coach:coach /data

WORKDIR /src
# Dependencies from the lock, every file checked against its hash; then the project without resolving.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install --no-deps --no-build-isolation . && rm -rf /src

COPY knowledge /app/knowledge
# Parse the knowledge base's YAML once at build: each start then reads it back from JSON (bot/parsed_yaml.py).
RUN python -c "from pathlib import Path; from bot import knowledge; knowledge.load(Path('/app/knowledge'))"
WORKDIR /app
USER coach
VOLUME ["/data"]
EXPOSE 3000

# Liveness with the interpreter already in the image (no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]

ENTRYPOINT ["ai-coach"]
CMD ["serve"]
