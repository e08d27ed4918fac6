{{- define "anomaly-lens.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "anomaly-lens.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "anomaly-lens.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "anomaly-lens.secretName" -}}
{{- default (printf "%s-auth" (include "anomaly-lens.fullname" .)) .Values.auth.existingSecret -}}
{{- end -}}

{{- define "anomaly-lens.image" -}}
{{- $img := ternary .Values.gpu.image .Values.image .Values.gpu.enabled -}}
{{- printf "%s:%s" $img.repository $img.tag -}}
{{- end -}}

{{/* The container every workload runs: `serve` with the shared environment; .extraEnv adds its own. */}}
{{- define "anomaly-lens.container" -}}
- name: anomaly-lens
  image: {{ include "anomaly-lens.image" .root }}
  imagePullPolicy: {{ .root.Values.image.pullPolicy }}
  args: [serve]
  env:
    - name: PORT
      value: {{ .root.Values.service.port | quote }}
    - name: INFER_DEVICE
      value: {{ ternary "cuda" "cpu" .root.Values.gpu.enabled }}
    - name: WORKERS
      value: {{ ternary .root.Values.gpu.workers .root.Values.workers .root.Values.gpu.enabled | quote }}
    - name: LOG_LEVEL
      value: {{ .root.Values.logLevel }}
    - name: AUTH_TOKENS
      valueFrom:
        secretKeyRef:
          name: {{ include "anomaly-lens.secretName" .root }}
          key: api-key
    {{- with .extraEnv }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  ports:
    - name: http
      containerPort: {{ .root.Values.service.port }}
  startupProbe:
    httpGet: { path: /healthz, port: http }
    periodSeconds: 5
    failureThreshold: 24
  livenessProbe:
    httpGet: { path: /healthz, port: http }
    periodSeconds: 15
    timeoutSeconds: 5
  readinessProbe:
    httpGet: { path: /readyz, port: http }
    periodSeconds: 10
    timeoutSeconds: 5
  resources:
    {{- $res := deepCopy .root.Values.resources -}}
    {{- if .root.Values.gpu.enabled }}
    {{- $_ := set $res "limits" (merge (dict "nvidia.com/gpu" .root.Values.gpu.perPod) ($res.limits | default dict)) }}
    {{- end }}
    {{- toYaml $res | nindent 4 }}
  securityContext:
    {{- toYaml .root.Values.securityContext | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
    {{- with .mounts }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}

{{- define "anomaly-lens.podSpec" -}}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .root.Values.podSecurityContext | nindent 2 }}
{{- $nodeSelector := ternary (merge (deepCopy .root.Values.gpu.nodeSelector) .root.Values.nodeSelector) .root.Values.nodeSelector .root.Values.gpu.enabled }}
{{- with $nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- $tolerations := ternary (concat .root.Values.tolerations .root.Values.gpu.tolerations) .root.Values.tolerations .root.Values.gpu.enabled }}
{{- with $tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .root.Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
containers:
  {{- include "anomaly-lens.container" . | nindent 2 }}
volumes:
  - name: tmp
    emptyDir: {}
  {{- with .volumes }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
{{- end -}}
