# ai-coach: `ai-coach serve` on port 3000, SQLite on the /data volume, knowledge base in /app/knowledge.
#   docker build -t ai-coach .
#   docker run -p 3000:3000 -v ai-coach-data:/data --env-file .env ai-coach
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    COACH_KNOWLEDGE_DIR=/app/knowledge \
    DATABASE_URL=sqlite:////data/ai-coach.db \
    PORT=3000

# A system user without a login shell owns nothing but the data volume.
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home --shell /usr/sbin/nologin coach \
    && mkdir -p /app /data \
    && chown coach:coach /data

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf /src

COPY knowledge /app/knowledge
WORKDIR /app
USER coach
VOLUME ["/data"]
EXPOSE 3000

# Liveness with the interpreter already in the image (no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)"]

ENTRYPOINT ["ai-coach"]
CMD ["serve"]
