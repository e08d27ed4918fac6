/** Bundles the browser harness: the plugin's components with @grafana/runtime replaced by recorded data. */
const path = require('node:path');
const os = require('node:os');
const webpack = require('webpack');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: path.join(__dirname, 'harness/main.tsx'),
  output: {
    path: process.env.HARNESS_OUT || path.join(os.tmpdir(), 'anomalylens-harness'),
    filename: 'harness.js',
    clean: true,
  },
  resolve: {
    extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    modules: [path.join(root, 'src'), 'node_modules'],
    alias: { '@grafana/runtime$': path.join(__dirname, 'harness/runtime-stub.tsx') },
    fallback: { fs: false, path: false, os: false },
  },
  module: {
    rules: [
      {
        test: /\.[tj]sx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: { jsc: { target: 'es2020', parser: { syntax: 'typescript', tsx: true } } },
        },
      },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.(svg|png|jpe?g|gif|woff2?|eot|ttf)$/, type: 'asset/resource' },
    ],
  },
  // React and Grafana in their production builds: render timings close to what users get.
  optimization: { nodeEnv: 'production' },
  plugins: [new webpack.DefinePlugin({ 'process.env': '{}' })],
  performance: { hints: false },
  stats: 'errors-warnings',
};
