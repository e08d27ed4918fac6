#!/usr/bin/env bash
# The default bundle's recipe, in one place for both of its uses (run from the repository root after
# `npm run build:backend`; DATA defaults to ../shared/datasets):
#
#   scripts/default-bundle.sh train   models/default, fitted on the first 80 % of every file and calibrated on
#                                     the latest 20 %: later logs look most like the latest ones (see the card)
#   scripts/default-bundle.sh eval    the evaluation twin: the same recipe with the last 20 % of every file
#                                     withheld (fit 60 %, calibrate 20 %), scored on BGL's withheld 20 %; the
#                                     figures go into models/default's manifest, naming the twin that measured them;
#                                     then its sequence model on the HDFS blocks it never saw
#   scripts/default-bundle.sh twin DIR  only trains the evaluation twin, into DIR (npm run quality measures it)
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-../shared/datasets}
CLI=(node backend/dist/cli/main.js)
recipe=(
  --data "$DATA/bgl/BGL_2005-06_to_08.log" "$DATA/loghub-2k/BGL/BGL_2k.log"
  --hdfs "$DATA/hdfs/HDFS_v1_sample_train.log"
  --blocks "$DATA/hdfs/HDFS_v1_sample_train.line_block_ids.txt"
  --labels "$DATA/hdfs/HDFS_v1_sample_train.block_labels.csv"
  --k 100 --partition models/partitions/default.json
)

case "${1:-}" in
  train)
    "${CLI[@]}" train "${recipe[@]}" --train-share 0.8 --validation-share 0.2 \
      --out models/default --id default --model-version 2
    ;;
  twin)
    [ -n "${2:-}" ] || { echo "usage: scripts/default-bundle.sh twin DIR" >&2; exit 2; }
    "${CLI[@]}" train "${recipe[@]}" --train-share 0.6 --validation-share 0.2 \
      --out "$2" --id default-eval --model-version 2
    ;;
  eval)
    twin=$(mktemp -d)
    trap 'rm -rf "$twin"' EXIT
    "${CLI[@]}" train "${recipe[@]}" --train-share 0.6 --validation-share 0.2 \
      --out "$twin/default-eval" --id default-eval --model-version 2
    "${CLI[@]}" eval --bundle "$twin/default-eval" --data "$DATA/bgl/BGL_2005-06_to_08.log" --slice 0.8:1 --ideal-parse bgl \
      --record-into models/default
    # The twin's sequence model on the HDFS blocks that start after everything it fitted or calibrated on.
    "${CLI[@]}" eval-sessions --bundle "$twin/default-eval" --data "$DATA/hdfs/HDFS_v1_sample_train.log" \
      --blocks "$DATA/hdfs/HDFS_v1_sample_train.line_block_ids.txt" \
      --labels "$DATA/hdfs/HDFS_v1_sample_train.block_labels.csv"
    ;;
  *)
    echo "usage: scripts/default-bundle.sh train|eval|twin DIR" >&2
    exit 2
    ;;
esac
