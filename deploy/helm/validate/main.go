// Command validate checks rendered Kubernetes manifests (multi-document YAML on stdin, as `helm template` prints
// them) against the Kubernetes API types: every object must decode strictly (no unknown or misspelt field, every
// value of the right type) into the typed object of its apiVersion and kind, the same Go types the API server's
// OpenAPI schemas are generated from. The Prometheus Operator's ServiceMonitor is checked against its v1 fields.
//
//	helm template x deploy/helm/anomaly-lens --set auth.apiKey=… | go run ./deploy/helm/validate
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/validation"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// serviceMonitor holds the ServiceMonitor fields the chart uses (monitoring.coreos.com/v1); strict decoding
// refuses any other.
type serviceMonitor struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              struct {
		Selector  metav1.LabelSelector `json:"selector"`
		Endpoints []struct {
			Port     string `json:"port"`
			Path     string `json:"path"`
			Interval string `json:"interval"`
		} `json:"endpoints"`
	} `json:"spec"`
}

func target(apiVersion, kind string) (interface{}, error) {
	switch apiVersion + "/" + kind {
	case "apps/v1/Deployment":
		return &appsv1.Deployment{}, nil
	case "apps/v1/StatefulSet":
		return &appsv1.StatefulSet{}, nil
	case "v1/Service":
		return &corev1.Service{}, nil
	case "v1/Secret":
		return &corev1.Secret{}, nil
	case "v1/ConfigMap":
		return &corev1.ConfigMap{}, nil
	case "policy/v1/PodDisruptionBudget":
		return &policyv1.PodDisruptionBudget{}, nil
	case "autoscaling/v2/HorizontalPodAutoscaler":
		return &autoscalingv2.HorizontalPodAutoscaler{}, nil
	case "monitoring.coreos.com/v1/ServiceMonitor":
		return &serviceMonitor{}, nil
	}
	return nil, fmt.Errorf("unexpected apiVersion %q kind %q", apiVersion, kind)
}

func validateDoc(doc []byte) (string, error) {
	var head metav1.TypeMeta
	if err := yaml.Unmarshal(doc, &head); err != nil {
		return "", err
	}
	obj, err := target(head.APIVersion, head.Kind)
	if err != nil {
		return "", err
	}
	if err := yaml.UnmarshalStrict(doc, obj); err != nil {
		return "", fmt.Errorf("%s: %w", head.Kind, err)
	}
	meta, ok := obj.(metav1.Object)
	if !ok {
		return "", fmt.Errorf("%s: no metadata", head.Kind)
	}
	name := head.Kind + "/" + meta.GetName()
	if problems := validation.IsDNS1123Subdomain(meta.GetName()); len(problems) > 0 {
		return "", fmt.Errorf("%s: name: %s", name, strings.Join(problems, "; "))
	}
	for k, v := range meta.GetLabels() {
		if p := append(validation.IsQualifiedName(k), validation.IsValidLabelValue(v)...); len(p) > 0 {
			return "", fmt.Errorf("%s: label %s=%s: %s", name, k, v, strings.Join(p, "; "))
		}
	}
	return name, nil
}

func run(in io.Reader) ([]string, error) {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(in))
	var names []string
	for {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return names, nil
		}
		if err != nil {
			return names, err
		}
		if len(bytes.TrimSpace(stripComments(doc))) == 0 {
			continue
		}
		name, err := validateDoc(doc)
		if err != nil {
			return names, err
		}
		names = append(names, name)
	}
}

func stripComments(doc []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.Split(doc, []byte("\n")) {
		if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("#")) {
			out.Write(line)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

func main() {
	names, err := run(os.Stdin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "invalid manifest: %v\n", err)
		os.Exit(1)
	}
	if len(names) == 0 {
		fmt.Fprintln(os.Stderr, "no manifests on stdin")
		os.Exit(1)
	}
	fmt.Printf("%d objects valid against the Kubernetes API types: %s\n", len(names), strings.Join(names, ", "))
}
