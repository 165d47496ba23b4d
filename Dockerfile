FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
# Every package that pyproject.toml lists (tests/test_dockerfile.py checks that none is missing).
COPY core core
COPY kg kg
COPY graph graph
COPY schema schema
COPY loaders loaders
COPY api api
COPY queries queries
COPY rdf rdf
RUN pip install --no-cache-dir . \
    && useradd --system --uid 10001 --home-dir /data --create-home kg
USER kg
ENV KG_DATA_DIR=/data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
