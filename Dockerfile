# syntax=docker/dockerfile:1
# codex-api in a container: docs/deploy.md ("The container") has the run flags the engine's
# bubblewrap sandbox needs (seccomp profile deploy/seccomp.json, AppArmor) and what each one is for.
#   docker build -t codex-api .
#   docker run --rm --init -p 8080:8080 -p 8081:8081 \
#     --security-opt seccomp=deploy/seccomp.json --security-opt apparmor=unconfined \
#     -v codex-workspace:/workspace -v codex-home:/codex-home \
#     -e CODEX_API_TOKEN -e OPENAI_API_KEY codex-api
# This file's own build is not run in CI (no container engine there); its steps are:
# scripts/ci/image-steps.sh packs the package, runs deploy/image/install.sh as a non-root user,
# starts deploy/image/entrypoint.sh and runs a sandboxed turn against it.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# ---- stage 1: build and pack (dev dependencies live only here)
FROM ${NODE_IMAGE} AS pack
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN mkdir /pack && npm pack --pack-destination /pack

# ---- stage 2: runtime, production dependencies only
FROM ${NODE_IMAGE}
# git: the agent works in repositories; tini: PID 1 reaps the engine's children and forwards signals.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates git tini \
 && rm -rf /var/lib/apt/lists/*
ARG UID=10001
RUN groupadd --gid ${UID} codex \
 && useradd --uid ${UID} --gid ${UID} --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin codex \
 && install -d -o codex -g codex -m 0700 /workspace /codex-home
COPY deploy/image/ /opt/codex-api-image/
COPY --from=pack /pack/ /tmp/pack/
# Installed as root, so the runtime user (and an escalated command of the agent) cannot change it.
RUN /opt/codex-api-image/install.sh /tmp/pack/codex-api-server-*.tgz /opt/codex-api \
 && rm -rf /tmp/pack /root/.npm

USER ${UID}:${UID}
VOLUME ["/workspace", "/codex-home"]
ENV NODE_ENV=production
# h2c (the agent stream) and the HTTP/1.1 health port (/healthz, /readyz, /metrics)
EXPOSE 8080 8081
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--", "/opt/codex-api/entrypoint.sh"]
