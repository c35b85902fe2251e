/**
 * Which commands make a change done once (one-time-changes.ts): packages installed by name, and a CLI's machine-wide
 * target switched or signed in; never installing what the project declares, nor the same programs doing other work.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/signals/command.js';
import { changesOnce } from '../../src/signals/one-time-changes.js';

const once = (line: string) => changesOnce(parseCommand(line)!);

describe('a change done once', () => {
  it.each([
    'pip install pytest-mock',
    "pip3 install --user 'black>=24'",
    'python3 -m pip install -q requests==2.31.0',
    'uv pip install pytest-httpbin',
    'uv tool install ruff',
    'uv add httpx',
    'poetry add --group dev pytest-cov',
    'pipx install poetry',
    'conda install -y numpy',
    'npm install zod',
    'npm i -g pnpm',
    'npm install @types/node',
    'pnpm add -D vitest',
    'yarn add lodash',
    'bun add zod',
    'sudo apt-get install -y libpq-dev',
    'apt install ripgrep',
    'dnf install gcc',
    'apk add curl',
    'brew install jq',
    'gem install bundler',
    'cargo install cargo-nextest',
    'go install golang.org/x/tools/cmd/goimports@latest',
    'composer require guzzlehttp/guzzle',
    'pip install git+https://github.com/psf/requests.git',
    'docker context use default',
    'docker login ghcr.io',
    'kubectl config use-context kind-dev',
    'kubectl config set-context --current --namespace=dev',
    'gcloud config set project shop-staging',
    'gcloud config configurations activate dev',
    'gcloud auth application-default login',
    'az account set --subscription ops',
    'az login',
    'aws configure set region eu-west-1',
    'aws sso login --profile dev',
    'gh auth login',
    'npm login',
    'git config --global user.email dev@example.com',
  ])('%s', (line) => expect(once(line)).toBe(true));

  it.each([
    'npm install',
    'npm ci',
    'pnpm install --frozen-lockfile',
    'yarn',
    'yarn install',
    'pip install -r requirements-dev.txt',
    'pip install -e .[dev]',
    'pip install .',
    'pip install ./dist/shop-0.1.0-py3-none-any.whl',
    'npm install ../shared',
    'uv sync --all-extras',
    'poetry install',
    'bundle install',
    'go mod download',
    'go build ./...',
    'cargo build --release',
    'docker compose up -d db',
    'docker context ls',
    'kubectl apply -f k8s/deploy.yaml',
    'gcloud run deploy api --source .',
    'git config user.email dev@example.com',
    'npm run build',
    'pip list',
  ])('control: %s', (line) => expect(once(line)).toBe(false));
});
