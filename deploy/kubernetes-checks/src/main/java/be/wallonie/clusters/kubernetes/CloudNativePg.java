package be.wallonie.clusters.kubernetes;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * The CloudNativePG resources this project uses ({@code postgresql.cnpg.io/v1}), as strict records: the subset of
 * the operator's CRDs (1.27) that the manifests need. CloudNativePG publishes no Java model; reading into these
 * records with unknown properties refused catches a misspelt or misplaced field the same way the typed
 * Kubernetes and Strimzi models do. A field the manifests start to use must be added here, from the CRD reference
 * (https://cloudnative-pg.io/documentation/current/cloudnative-pg.v1/).
 */
public final class CloudNativePg {

    private CloudNativePg() {
    }

    public record Cluster(String apiVersion, String kind, ObjectMeta metadata, ClusterSpec spec) {
    }

    public record ClusterSpec(Integer instances, String imageName, String primaryUpdateStrategy, Storage storage, Bootstrap bootstrap,
            PostgresConfiguration postgresql, Monitoring monitoring, ResourceRequirements resources, Backup backup) {
    }

    public record Storage(String size, String storageClass) {
    }

    public record Bootstrap(InitDb initdb) {
    }

    public record InitDb(String database, String owner, LocalObjectReference secret) {
    }

    public record LocalObjectReference(String name) {
    }

    public record SecretKeySelector(String name, String key) {
    }

    public record PostgresConfiguration(Map<String, String> parameters) {
    }

    public record Monitoring(Boolean enablePodMonitor) {
    }

    public record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    public record BarmanObjectStore(String destinationPath, S3Credentials s3Credentials, Compression wal, Compression data) {
    }

    public record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey) {
    }

    public record Compression(String compression) {
    }

    public record ScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, ScheduledBackupSpec spec) {
    }

    public record ScheduledBackupSpec(String schedule, String backupOwnerReference, LocalObjectReference cluster, String method) {
    }
}
