// Extends create-plugin's config (.config/ stays as the scaffold wrote it, so `create-plugin update` can refresh it).
import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';
import { merge } from 'webpack-merge';

import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

const config = async (env: Env): Promise<Configuration> => {
  const baseConfig = await grafanaConfig(env);
  return merge(baseConfig, {
    plugins: [
      // The scaffold copies the app's logo only; the nested panel and data source name `img/logo.svg` beside
      // their own plugin.json, so each gets a copy of the app's logo.
      new CopyWebpackPlugin({
        patterns: ['panel', 'datasource'].map((dir) => ({ from: 'img/logo.svg', to: `${dir}/img/logo.svg` })),
      }),
    ],
  });
};

export default config;
