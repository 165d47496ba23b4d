FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kg kg
COPY graph graph
COPY schema schema
COPY loaders loaders
COPY api api
COPY queries queries
COPY rdf rdf
RUN pip install --no-cache-dir .
ENV KG_DATA_DIR=/data
EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
